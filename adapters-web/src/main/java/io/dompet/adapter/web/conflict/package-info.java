/** Notification conflicts for operators: listed newest first and acknowledged, audited. */
package io.dompet.adapter.web.conflict;
