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

    /** The district's official Spanish translation of the first version, section by section. */
    static final String VERSION_1_ES = """
            # Propósito
            Esta política establece cómo trabajan los agentes de seguridad escolar (SRO) en las escuelas del distrito.
            Su objetivo es un lugar seguro y acogedor para aprender, donde no se empuje a los estudiantes fuera de la
            escuela y hacia el sistema de justicia.

            # Funciones y responsabilidades
            Los SRO responden a las amenazas a la seguridad de estudiantes y personal y a los delitos graves en el
            plantel. El personal escolar, no los SRO, se ocupa de la disciplina, incluidas las faltas al código de
            conducta.

            # Arrestos, citaciones y derivaciones
            Un SRO puede arrestar o citar a un estudiante solo cuando un delito amenaza la seguridad de alguien. Antes
            de una derivación a la policía, se avisa al director y al padre, madre o tutor del estudiante.

            # Selección y formación
            Los SRO se eligen conjuntamente entre el distrito y el departamento de policía. Cada SRO completa una
            formación en desarrollo adolescente y desescalada antes de empezar en una escuela.

            # Datos e informes
            El distrito lleva un registro de los arrestos, citaciones y derivaciones hechos en la escuela.
            """;

    /** The district's official Spanish translation of the revision, section by section. */
    static final String VERSION_2_ES = """
            # Propósito
            Esta política establece cómo trabajan los agentes de seguridad escolar (SRO) en las escuelas del distrito.
            Su objetivo es un lugar seguro y acogedor para aprender, donde no se empuje a los estudiantes fuera de la
            escuela y hacia el sistema de justicia.

            # Funciones y responsabilidades
            Los SRO responden a las amenazas a la seguridad de estudiantes y personal y a los delitos graves en el
            plantel. El personal escolar, no los SRO, se ocupa de la disciplina, incluidas las faltas al código de
            conducta. Los SRO no interrogan a un estudiante sobre un asunto escolar sin la presencia de su padre,
            madre o tutor.

            # Arrestos, citaciones y derivaciones
            Un SRO puede arrestar o citar a un estudiante solo cuando un delito amenaza la seguridad de alguien y
            ninguna otra respuesta basta. Antes de una derivación a la policía, se avisa al director y al padre, madre
            o tutor del estudiante.

            # Selección y formación
            Los SRO se eligen conjuntamente entre el distrito y el departamento de policía, con estudiantes y familias
            en el comité de entrevistas. Cada SRO completa una formación en desarrollo adolescente, desescalada,
            sesgos implícitos y atención a estudiantes con discapacidad antes de empezar en una escuela, y cada año
            después.

            # Datos e informes
            El distrito publica cada año el número de arrestos, citaciones, derivaciones y usos de la fuerza en la
            escuela, por escuela, raza, sexo, discapacidad y condición de estudiante de inglés.

            # Quejas
            Cualquier persona puede presentar una queja sobre un SRO ante el distrito o el departamento de policía, en
            cualquier idioma. El distrito responde en un plazo de 30 días e informa cada año del número y el resultado
            de las quejas.
            """;
}
