# Builds the portal's production jar (Vaadin bundle included) and runs it on a JRE.
FROM node:24-bookworm-slim AS node

FROM eclipse-temurin:25-jdk AS build
# Vaadin builds the frontend bundle with Node 24 and npm.
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
# Dependencies in a layer of their own, so a source change does not download them again.
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY frontend frontend
COPY src src
COPY keycloak/realm-template.json keycloak/realm-template.json
# The embedded Keycloak is not used in a container (PORTAL_KEYCLOAK_URL is set): skip fetching it.
RUN ./mvnw -B -Pproduction -DskipTests -Dmdep.skip=true package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/policy-commons policycommons \
    && mkdir -p /var/lib/policy-commons && chown policycommons /var/lib/policy-commons
USER policycommons
WORKDIR /var/lib/policy-commons
COPY --from=build /src/target/policy-commons.jar /opt/policy-commons/policy-commons.jar
ENV PORTAL_DATA_DIR=/var/lib/policy-commons
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/policy-commons/policy-commons.jar"]
