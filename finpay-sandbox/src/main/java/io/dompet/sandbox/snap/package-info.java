/**
 * Finpay's SNAP e-money Customer Top Up, as the sandbox plays it: the B2B access token, account inquiry, top-up
 * and top-up status endpoints with their signature checks and test customers, and the sandbox-only list of
 * processed top-ups. Signatures are verified here independently of dompet's signer.
 */
package io.dompet.sandbox.snap;
