/**
 * The published contract of the ledger: commands, events and value objects, as records.
 * Event class names and this package are stored with every event; treat them as permanent.
 */
package cz.css.ledger.api;
