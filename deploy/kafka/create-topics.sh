#!/usr/bin/env bash
# Creates the topics of the event contract before any service starts, with the configuration the
# contract gives them (contracts/src/main/java/vn/hoagiai/contracts/Topic.java), and a dead-letter topic
# for each. docker-compose.yml runs it once per `up` in the kafka-init service; running it again changes
# nothing, and it brings the configuration of a topic that already exists back to what is written here.
#
# A topic that already exists keeps its partitions: adding partitions to a keyed topic would move keys
# to other partitions and break the order of each thing's events, so that is a decision for a person.
#
# deployment-tests (TopicInitTests) checks that the `topic` lines below name exactly the contract's
# topics and their .dlt topics, with the contract's configuration.
set -euo pipefail

: "${KAFKA_BOOTSTRAP_SERVERS:?KAFKA_BOOTSTRAP_SERVERS must be set}"
: "${HOAGIAI_TOPIC_PARTITIONS:?HOAGIAI_TOPIC_PARTITIONS must be set}"
: "${HOAGIAI_TOPIC_REPLICATION_FACTOR:?HOAGIAI_TOPIC_REPLICATION_FACTOR must be set}"

# The broker's heap settings are not meant for the command-line tools.
export KAFKA_HEAP_OPTS="-Xmx128m"
bin=/opt/kafka/bin

# topic NAME CONFIG[,CONFIG...]: creates the topic unless it exists, then sets its configuration.
topic() {
  local name="$1" configs="$2" config
  local -a config_args=()
  IFS=',' read -ra pairs <<< "${configs}"
  for config in "${pairs[@]}"; do
    config_args+=(--config "${config}")
  done
  echo "Topic ${name}: ${HOAGIAI_TOPIC_PARTITIONS} partitions, replication factor ${HOAGIAI_TOPIC_REPLICATION_FACTOR}, ${configs}"
  "${bin}/kafka-topics.sh" --bootstrap-server "${KAFKA_BOOTSTRAP_SERVERS}" --create --if-not-exists \
    --topic "${name}" --partitions "${HOAGIAI_TOPIC_PARTITIONS}" \
    --replication-factor "${HOAGIAI_TOPIC_REPLICATION_FACTOR}" "${config_args[@]}"
  "${bin}/kafka-configs.sh" --bootstrap-server "${KAFKA_BOOTSTRAP_SERVERS}" --alter \
    --entity-type topics --entity-name "${name}" --add-config "${configs}"
}

# Compacted topics keep the latest state of every thing forever, so a new consumer can rebuild from
# them. min.insync.replicas=2 with replication factor 3: a write acknowledged with acks=all survives the
# loss of any one broker, and producers keep writing while one broker is down.
topic registry.teams                 cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic registry.people                cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic training.courses               cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic training.participants          cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic training.materials             cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic training.communications        cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic district.mediation-cases       cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic reporting.rollup               cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2
topic reporting.rollup-by-month      cleanup.policy=compact,min.compaction.lag.ms=60000,min.insync.replicas=2

# Dead-letter topics: events that could not be applied, with the reason in headers. Kept 30 days
# (Kafka's default is 7), long enough for someone to notice them on the dashboard and act.
topic registry.teams.dlt             cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic registry.people.dlt            cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic training.courses.dlt           cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic training.participants.dlt      cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic training.materials.dlt         cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic training.communications.dlt    cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic district.mediation-cases.dlt   cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic reporting.rollup.dlt           cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2
topic reporting.rollup-by-month.dlt  cleanup.policy=delete,retention.ms=2592000000,min.insync.replicas=2

echo "Topics now on the cluster:"
"${bin}/kafka-topics.sh" --bootstrap-server "${KAFKA_BOOTSTRAP_SERVERS}" --describe --exclude-internal \
  | grep -E '^Topic:' || true
