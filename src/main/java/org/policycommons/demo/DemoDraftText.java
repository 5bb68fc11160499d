package org.policycommons.demo;

/** The demo districts' draft SRO policy, written for this project: a first version and its revision. */
final class DemoDraftText {

    private DemoDraftText() {
    }

    static final String VERSION_1 = """
            # Purpose
            This policy sets out how school resource officers (SROs) work in the district's schools. Its aim is a safe
            and supportive place to learn, where students are not pushed out of school and into the justice system.

            # Roles and responsibilities
            SROs respond to threats to the safety of students and staff and to serious crimes on campus. School staff,
            not SROs, handle student discipline, including breaches of the code of conduct.

            # Arrests, citations and referrals
            An SRO may arrest or cite a student only when a crime threatens someone's safety. Before a referral to the
            police, the principal and the student's parent or guardian are told.

            # Selection and training
            SROs are chosen jointly by the district and the police department. Each SRO completes training in adolescent
            development and de-escalation before starting in a school.

            # Data and reporting
            The district keeps records of arrests, citations and referrals made at school.
            """;

    static final String VERSION_2 = """
            # Purpose
            This policy sets out how school resource officers (SROs) work in the district's schools. Its aim is a safe
            and supportive place to learn, where students are not pushed out of school and into the justice system.

            # Roles and responsibilities
            SROs respond to threats to the safety of students and staff and to serious crimes on campus. School staff,
            not SROs, handle student discipline, including breaches of the code of conduct. SROs do not question a
            student about a school matter without a parent or guardian present.

            # Arrests, citations and referrals
            An SRO may arrest or cite a student only when a crime threatens someone's safety and no other response is
            enough. Before a referral to the police, the principal and the student's parent or guardian are told.

            # Selection and training
            SROs are chosen jointly by the district and the police department, with students and families on the
            interview panel. Each SRO completes training in adolescent development, de-escalation, implicit bias and
            serving students with disabilities before starting in a school, and every year after.

            # Data and reporting
            The district publishes, every year, the number of arrests, citations, referrals and uses of force at
            school, by school, race, sex, disability and English learner status.

            # Complaints
            Anyone may complain about an SRO to the district or the police department, in any language. The district
            answers within 30 days and reports the number and outcome of complaints each year.
            """;
}
