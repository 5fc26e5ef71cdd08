/**
 * The idea space ("Seoul Oasis"): citizens propose ideas at any time, other members support them within a window,
 * crossing a threshold tier obliges the owning bureau (or the mayor's office) to answer by a due date, and every move
 * of an idea is public with its date and reason; members discuss it in threaded comments. Depends on {@code member},
 * {@code topic} (an idea can become a topic suggestion) and {@code platform}; nothing depends on it but the outcome
 * tracker, the web tier and the mail module's follow digest (through the read port {@code FollowedIdeaNews}).
 */
package org.policyforum.idea;
