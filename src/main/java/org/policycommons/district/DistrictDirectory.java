package org.policycommons.district;

import java.util.List;
import java.util.Optional;

import org.policycommons.district.repository.DistrictRecord;
import org.policycommons.district.repository.DistrictRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The districts the portal serves. Public knowledge: the landing page lists them to anyone. */
@Service
@Transactional(readOnly = true)
public class DistrictDirectory {

    private final DistrictRepository districts;

    DistrictDirectory(DistrictRepository districts) {
        this.districts = districts;
    }

    public List<District> all() {
        return districts.findAllByOrderByNameAsc().stream().map(DistrictRecord::toDistrict).toList();
    }

    /** The districts people can sign in to: all but the deactivated ones. */
    public List<District> active() {
        return all().stream().filter(District::active).toList();
    }

    public Optional<District> bySlug(String slug) {
        return districts.findBySlug(slug).map(DistrictRecord::toDistrict);
    }

    public Optional<District> byId(long id) {
        return districts.findById(id).map(DistrictRecord::toDistrict);
    }

    /**
     * Forgets a district registered moments ago whose creation then failed. It holds no data yet; if it did, the
     * database's foreign keys would refuse.
     */
    @Transactional
    public void forget(String slug) {
        districts.findBySlug(slug).ifPresent(districts::delete);
    }

    /** Records that an operator deactivated the district; nothing it holds changes. */
    @Transactional
    public District deactivate(long id, java.time.Instant at, String reason) {
        DistrictRecord record = districts.findById(id).orElseThrow();
        record.deactivate(at, reason);
        return record.toDistrict();
    }

    @Transactional
    public District reactivate(long id) {
        DistrictRecord record = districts.findById(id).orElseThrow();
        record.reactivate();
        return record.toDistrict();
    }

    /** Records the languages an operator chose for the district, the first its default. */
    @Transactional
    public District changeLanguages(long id, List<java.util.Locale> languages) {
        DistrictRecord record = districts.findById(id).orElseThrow();
        record.changeLanguages(tags(languages));
        return record.toDistrict();
    }

    private static String tags(List<java.util.Locale> languages) {
        return languages.stream().map(java.util.Locale::toLanguageTag).collect(java.util.stream.Collectors.joining(","));
    }

    /** Registers a district whose realm is ready: from now on its pages and its sign-in work, with no restart. */
    @Transactional
    public District register(String slug, String name, String realm, List<java.util.Locale> languages,
                             java.time.ZoneId timeZone, int enrolment) {
        if (District.RESERVED_SLUGS.contains(slug) || districts.findBySlug(slug).isPresent()) {
            throw new IllegalArgumentException("The slug " + slug + " is reserved or taken");
        }
        return districts.save(new DistrictRecord(slug, name, realm, tags(languages), timeZone.getId(), enrolment))
                .toDistrict();
    }
}
