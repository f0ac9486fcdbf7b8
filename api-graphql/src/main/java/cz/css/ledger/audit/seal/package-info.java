/** Sealing the event table into a hash chain with signed checkpoints, and verifying it. */
package cz.css.ledger.audit.seal;
