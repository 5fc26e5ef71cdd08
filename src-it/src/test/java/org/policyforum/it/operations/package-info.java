/** Operations: health, readiness and metrics on the management interface, and nowhere else. */
package org.policyforum.it.operations;
