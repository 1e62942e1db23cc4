/**
 * What a list asks for and answers with, shared by the in-ports that offer lists and the out-ports that read them
 * (which may not depend on each other): the filters, the keyset cursor, and the page with its limits (one default
 * and one most, for every list).
 */
@NullMarked
package io.dompet.application.port.page;

import org.jspecify.annotations.NullMarked;
