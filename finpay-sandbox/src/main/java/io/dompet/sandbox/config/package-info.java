/** How a sandbox is set up: its settings, the sandbox-only credentials and keys. */
package io.dompet.sandbox.config;
