/** Citizens' account pages and how the web tier logs members in (Jakarta Security, our own identity store). */
package org.policyforum.web.member;
