/**
 * The yardstick for start-up: a bare JavaFX TableView app that jlink-config/bench-startup.sh
 * packages exactly like ReelDrop (same runtime image, same launcher, same CDS treatment), so the
 * benchmark compares ReelDrop against the cheapest window of the same kind on the same machine.
 * Nothing here is part of the product; it only runs when the benchmark builds it.
 */
package io.reeldrop.startup;
