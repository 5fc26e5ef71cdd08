/**
 * Privacy checks over what the whole suite left behind. They carry the JUnit tag {@code resident-scan} and run in a
 * Failsafe execution of their own after every other one (see src-it/pom.xml), so their place does not depend on
 * class names or order.
 */
package org.policyforum.it.privacy;
