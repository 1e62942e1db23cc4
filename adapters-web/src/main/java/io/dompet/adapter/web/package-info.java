/** The REST in-adapter of dompet: its one exported Spring configuration, {@link io.dompet.adapter.web.WebAdapterConfiguration}. */
package io.dompet.adapter.web;
