/** Policy Forum's domain: one package per feature, each split into boundary, control and entity. */
package org.policyforum;
