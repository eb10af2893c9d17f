/**
 * The link grabber (opt-in): video links in text a person copied elsewhere, or dropped from a
 * browser, are offered for the form's URL box. {@link io.reeldrop.ui.links.VideoLinks} finds
 * them (in plain text and in the HTML a browser puts beside it, where the links of a selection
 * live); {@link io.reeldrop.ui.links.LinkGrabber} looks at the clipboard only when the window
 * gains focus, so it costs nothing while idle and never offers what ReelDrop copied itself;
 * {@link io.reeldrop.ui.links.LinkOfferBar} asks, and nothing is added without a click.
 */
package io.reeldrop.ui.links;
