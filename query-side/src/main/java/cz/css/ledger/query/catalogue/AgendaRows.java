package cz.css.ledger.query.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaRows extends JpaRepository<AgendaRow, String> {
}
