package cz.css.ledger.query.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRows extends JpaRepository<MunicipalityRow, String> {
}
