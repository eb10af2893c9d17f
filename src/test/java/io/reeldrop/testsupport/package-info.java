/** Helpers shared by the tests of several layers (condition waits). */
package io.reeldrop.testsupport;
