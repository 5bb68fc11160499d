package org.policycommons.district;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;

/**
 * Base of every entity a district owns. Hibernate stamps the current district on insert and adds it to every
 * query, so a session of one district cannot read or change another district's rows through JPA.
 */
@MappedSuperclass
public abstract class DistrictOwned {

    @TenantId
    @Column(name = "district_id", nullable = false, updatable = false)
    private Long districtId;

    public Long getDistrictId() {
        return districtId;
    }
}
