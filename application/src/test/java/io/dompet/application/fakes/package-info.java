/** In-memory fakes of the out-ports, shared with other modules' tests through the application test-jar. */
package io.dompet.application.fakes;
