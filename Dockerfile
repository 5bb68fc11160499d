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
# The embedded Keycloak and MariaDB are not used in a container: skip fetching and copying them (the jar has no
# MariaDB in any case). Then split the jar into its layers, so that a code change rebuilds only the last one.
RUN ./mvnw -B -Pproduction -DskipTests -Dmdep.skip=true package \
    && java -Djarmode=tools -jar target/policy-commons.jar extract --layers --launcher --destination target/layers

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/policy-commons policycommons \
    && mkdir -p /var/lib/policy-commons && chown policycommons /var/lib/policy-commons
USER policycommons
WORKDIR /opt/policy-commons
# Least changing first: libraries, Spring Boot's launcher, snapshot libraries, then the portal itself.
COPY --from=build /src/target/layers/dependencies/ ./
COPY --from=build /src/target/layers/spring-boot-loader/ ./
COPY --from=build /src/target/layers/snapshot-dependencies/ ./
COPY --from=build /src/target/layers/application/ ./
WORKDIR /var/lib/policy-commons
ENV PORTAL_DATA_DIR=/var/lib/policy-commons
# 8080: the portal; 8081: health and metrics, for the deployment's own network only.
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/opt/policy-commons", "org.springframework.boot.loader.launch.JarLauncher"]
