/**
 * Finpay's Notify Top Up as the sandbox sends it: a notification signed with the sandbox's "Finpay" private key
 * (SHA256withRSA, written independently of dompet's verifier), delivered to the merchant callback URL with retries
 * and exponential backoff, and the sandbox-only endpoints that trigger notifications and list every delivery attempt.
 */
package io.dompet.sandbox.notify;
