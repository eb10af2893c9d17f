package io.reeldrop.ui.notify;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The part of the Desktop Notifications Specification ReelDrop calls, as dbus-java declares a
 * remote interface: the method name and argument types are the wire's ({@code susssasa{sv}i}).
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface FreedesktopNotifications extends DBusInterface {

    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";

    /** Shows a notification; returns its id. The name is the bus's, hence the capital. */
    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body, String[] actions,
                  Map<String, Variant<?>> hints, int expireTimeout);
}
