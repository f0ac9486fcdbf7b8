/** Read model of the agenda catalogue: agendas, member municipalities and the agreements in force. */
package cz.css.ledger.query.catalogue;
