/** Integration tests of the partners' keys, the API gate and the widget (issue 14). */
package org.policyforum.it.partner;
