package cz.css.ledger.query.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRows extends JpaRepository<AgreementRow, AgreementKey> {
}
