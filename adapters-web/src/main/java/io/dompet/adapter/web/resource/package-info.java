/** What every REST resource of the API carries, whichever resource it is. */
package io.dompet.adapter.web.resource;
