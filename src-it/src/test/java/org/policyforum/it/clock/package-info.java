/** The test deployments' movable clock; lives in the EAR's lib/, not in the test WAR (see {@link TestClock}). */
package org.policyforum.it.clock;
