/** The admin console for officials, moderators and operators (intranet only, see AdminNetworkFilter). */
package org.policyforum.web.admin;
