/**
 * The Faces pages and the public API, one package per feature as in the domain ({@code topic}, {@code poll},
 * {@code award}, {@code member}, {@code mail}), the admin console's page beans under {@code admin}, the API under
 * {@code api}, development aids under {@code dev} and what every page shares (filters, refusals, times, messages)
 * under {@code platform}. Page beans are small and call the domain's boundaries and ports (the newsletter's; the
 * platform's mail port for the development mail page); beyond those they use only the platform's helpers
 * (environment, text, local times), the records the boundaries answer and the entities' enums, never a feature's
 * control package ({@code WebImportsTest} says so).
 */
package org.policyforum.web;
