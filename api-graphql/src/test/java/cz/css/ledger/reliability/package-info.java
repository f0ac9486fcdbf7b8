/** Reliability: conflicting commands racing, the process killed under load, and a flood of bad input. */
package cz.css.ledger.reliability;
