/** The sandbox's small HTTP layer on the JDK server: routing, requests, replies, JSON and SNAP-style errors. */
package io.dompet.sandbox.http;
