/** The sandbox's small HTTP layer on the JDK server: routing, requests, replies, JSON (and SNAP's minify) and SNAP-style errors. */
package io.dompet.sandbox.http;
