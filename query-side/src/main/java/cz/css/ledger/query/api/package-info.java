/** The published contract of the read side: queries and the views they answer with, as records. */
package cz.css.ledger.query.api;
