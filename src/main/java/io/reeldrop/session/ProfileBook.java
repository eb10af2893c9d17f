package io.reeldrop.session;

import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.ProfilesFile;
import io.reeldrop.tracking.Profile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The saved profiles and which one is active, over {@code profiles.json}. The first read of a
 * data folder that has only an older build's {@code connection.properties} turns that account
 * into a profile: its tasks keep their history id (the URL) and its key its entry (the origin),
 * so nothing is copied and nothing is lost. Methods read the disk, and those that change the list
 * write it at once; one lock keeps a window and its workers from interleaving.
 */
final class ProfileBook {

    /** A saved account and the name its key is kept under in the key store. */
    record Entry(SavedProfile profile, String keyEntry) {

        String name() {
            return profile.name();
        }
    }

    private static final int MAX_NAME = 40;
    private static final Entry SANDBOX = new Entry(SavedProfile.SANDBOX, null);

    private final ProfilesFile file;
    private final ConnectionSettings legacy;

    ProfileBook(ProfilesFile file, ConnectionSettings legacy) {
        this.file = file;
        this.legacy = legacy;
    }

    /** The sandbox first, then the accounts in the order they were added. */
    synchronized List<Entry> entries() throws IOException {
        List<Entry> all = new ArrayList<>();
        all.add(SANDBOX);
        for (ProfilesFile.Stored s : content().profiles()) {
            try {
                all.add(entry(s));
            } catch (IllegalArgumentException e) {
                throw new IOException("The saved profiles in " + file.file() + " cannot be read (the URL of \""
                        + s.name() + "\" is not valid). Move the file away and add your accounts again.", e);
            }
        }
        return all;
    }

    /** The active profile; the sandbox when none was chosen or the chosen one is gone. */
    synchronized Entry active() throws IOException {
        String id = content().active();
        return entries().stream().filter(e -> e.profile().profile().id().equals(id)).findFirst().orElse(SANDBOX);
    }

    /**
     * Whether the active profile is an account, guessed from the file's text without parsing it
     * ({@link ProfilesFile#activeAsWritten}), or from an older build's saved URL: asked before the
     * window's first frame, for its "starting" sentence only.
     */
    boolean activeLooksLikeAnAccount() {
        Optional<String> active = file.activeAsWritten();
        if (active.isPresent()) {
            return !active.get().equals(Profile.SANDBOX.id());
        }
        try {
            return !Files.exists(file.file()) && legacy.apiUrl().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    synchronized Optional<Entry> byName(String name) throws IOException {
        String wanted = name.strip();
        return entries().stream().filter(e -> e.name().equalsIgnoreCase(wanted)
                || e.profile().isSandbox() && wanted.equalsIgnoreCase(Profile.SANDBOX.id())).findFirst();
    }

    /** The account saved for {@code apiUrl}: the first one there, whose history id is the URL itself, if any. */
    synchronized Optional<Entry> forUrl(URI apiUrl) throws IOException {
        Profile plain = Profile.ofApiUrl(apiUrl);
        List<Entry> same = entries().stream().filter(e -> !e.profile().isSandbox()
                && Profile.ofApiUrl(e.profile().apiUrl()).equals(plain)).toList();
        return same.stream().filter(e -> e.profile().profile().equals(plain)).findFirst()
                .or(() -> same.stream().findFirst());
    }

    /**
     * What saving an account named {@code name} on {@code apiUrl} would keep: the profile of that
     * name when it is on the same URL (its key is replaced), else a new one. Writes nothing.
     *
     * @throws IllegalArgumentException with a sentence when the name cannot be used
     */
    synchronized Entry plan(String name, URI apiUrl) throws IOException {
        String n = checkName(name);
        Optional<Entry> same = byName(n);
        if (same.isPresent()) {
            Entry e = same.get();
            if (e.profile().isSandbox()) {
                throw new IllegalArgumentException("\"" + n + "\" is the local sandbox's name; choose another one.");
            }
            if (!Profile.ofApiUrl(e.profile().apiUrl()).equals(Profile.ofApiUrl(apiUrl))) {
                throw new IllegalArgumentException("A profile named \"" + e.name() + "\" already uses "
                        + e.profile().apiUrl() + ". Choose another name, or remove that profile first"
                        + " (Profile > Manage profiles).");
            }
            return new Entry(new SavedProfile(e.name(), apiUrl, e.profile().profile()), e.keyEntry());
        }
        Profile history = newHistoryId(n, apiUrl);
        return new Entry(new SavedProfile(n, apiUrl, history), history.id());
    }

    /** Adds or replaces {@code e} (by history id) and makes it the active profile. */
    synchronized void putActive(Entry e) throws IOException {
        List<ProfilesFile.Stored> list = new ArrayList<>();
        boolean replaced = false;
        for (ProfilesFile.Stored s : content().profiles()) {
            if (s.history().equals(e.profile().profile().id())) {
                list.add(stored(e));
                replaced = true;
            } else {
                list.add(s);
            }
        }
        if (!replaced) {
            list.add(stored(e));
        }
        file.write(new ProfilesFile.Content(e.profile().profile().id(), list));
    }

    synchronized void activate(Entry e) throws IOException {
        file.write(new ProfilesFile.Content(e.profile().profile().id(), content().profiles()));
    }

    /** Renames an account; its history id and key stay, so its tasks and key follow the new name. */
    synchronized SavedProfile rename(String from, String to) throws IOException {
        Entry e = account(from);
        String n = checkName(to);
        Optional<Entry> taken = byName(n);
        if (taken.isPresent() && !taken.get().equals(e)) {
            throw new IllegalArgumentException("A profile named \"" + taken.get().name() + "\" exists already; choose"
                    + " another name.");
        }
        List<ProfilesFile.Stored> list = new ArrayList<>();
        for (ProfilesFile.Stored s : content().profiles()) {
            list.add(s.history().equals(e.profile().profile().id())
                    ? new ProfilesFile.Stored(n, s.apiUrl(), s.history(), s.keyEntry()) : s);
        }
        file.write(new ProfilesFile.Content(content().active(), list));
        return new SavedProfile(n, e.profile().apiUrl(), e.profile().profile());
    }

    /** Takes an account off the list (the sandbox becomes active if it was); returns what it was. */
    synchronized Entry remove(String name) throws IOException {
        Entry e = account(name);
        String id = e.profile().profile().id();
        List<ProfilesFile.Stored> list = content().profiles().stream().filter(s -> !s.history().equals(id)).toList();
        String active = content().active();
        file.write(new ProfilesFile.Content(id.equals(active) ? Profile.SANDBOX.id() : active, list));
        return e;
    }

    /**
     * The name a new account on {@code apiUrl} gets when the person gives none: its host, numbered
     * when taken. Never a saved profile's: replacing a key takes its name typed on purpose, since a
     * key of another account would file that account's tasks under this profile's history.
     */
    synchronized String defaultName(URI apiUrl) throws IOException {
        String host = apiUrl.getHost();
        String name = host;
        for (int i = 2; byName(name).isPresent(); i++) {
            name = host + " " + i;
        }
        return name;
    }

    private Entry account(String name) throws IOException {
        Entry e = byName(name).orElseThrow(() -> new IllegalArgumentException("No profile is named \"" + name + "\"."));
        if (e.profile().isSandbox()) {
            throw new IllegalArgumentException("The local sandbox is always there; it cannot be renamed or removed.");
        }
        return e;
    }

    /**
     * The URL itself when no saved account files its tasks there (a first account, or the one an
     * older build saved, keeps the tasks of that URL), else the URL with the name's tag.
     */
    private Profile newHistoryId(String name, URI apiUrl) throws IOException {
        List<String> used = content().profiles().stream().map(ProfilesFile.Stored::history).toList();
        Profile plain = Profile.ofApiUrl(apiUrl);
        if (!used.contains(plain.id())) {
            return plain;
        }
        String tag = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        tag = tag.isEmpty() ? "account" : tag;
        Profile candidate = Profile.ofAccount(apiUrl, tag);
        for (int i = 2; used.contains(candidate.id()); i++) {
            candidate = Profile.ofAccount(apiUrl, tag + "-" + i);
        }
        return candidate;
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Give the profile a name, such as \"Work\".");
        }
        if (n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A profile's name is one line of at most " + MAX_NAME + " characters.");
        }
        if (n.equalsIgnoreCase(Profile.SANDBOX.id()) || n.equalsIgnoreCase(SavedProfile.SANDBOX_NAME)) {
            throw new IllegalArgumentException("\"" + n + "\" is the local sandbox's name; choose another one.");
        }
        return n;
    }

    /** The saved list, made from an older build's saved account the first time. */
    private ProfilesFile.Content content() throws IOException {
        Optional<ProfilesFile.Content> saved;
        try {
            saved = file.read();
        } catch (IOException e) {
            throw new IOException("The saved profiles in " + file.file() + " cannot be read (" + e.getMessage()
                    + "). Move the file away and add your accounts again (Profile > Add an account).", e);
        }
        if (saved.isPresent()) {
            return saved.get();
        }
        Optional<URI> old;
        try {
            old = legacy.apiUrl();
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("The saved connection " + legacy.file() + " cannot be read (" + e.getMessage()
                    + "). Give --api-url, or connect again in the window.", e);
        }
        if (old.isEmpty()) {
            return new ProfilesFile.Content(Profile.SANDBOX.id(), List.of());
        }
        Profile history = Profile.ofApiUrl(old.get());
        ProfilesFile.Content migrated = new ProfilesFile.Content(history.id(), List.of(
                new ProfilesFile.Stored(old.get().getHost(), old.get().toString(), history.id(), history.origin())));
        file.write(migrated);
        legacy.clear(); // one place holds the account from now on
        return migrated;
    }

    private static Entry entry(ProfilesFile.Stored s) {
        return new Entry(new SavedProfile(s.name(), URI.create(s.apiUrl()), Profile.parse(s.history())), s.keyEntry());
    }

    private static ProfilesFile.Stored stored(Entry e) {
        SavedProfile p = e.profile();
        return new ProfilesFile.Stored(p.name(), p.apiUrl().toString(), p.profile().id(), e.keyEntry());
    }
}
