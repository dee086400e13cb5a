package vn.hoagiai.contracts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.contracts.events.ContractRules;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventSchemas;
import vn.hoagiai.contracts.events.EventType;

/**
 * {@code events}: checks an event's data against the contract and publishes it, for district systems'
 * staff. Nothing invalid is ever sent: the data is checked against its JSON Schema and the contract's
 * rules first.
 *
 * <pre>
 * events types
 * events validate --type vn.hoagiai.district.case.received.v1 --file case.json
 * events publish  --type vn.hoagiai.district.case.received.v1 --file case.json \
 *                 [--bootstrap-server localhost:9092] [--source /district/540] [--id EVENT-ID]
 *                 [--hierarchy 2025-07-01]
 * </pre>
 */
public final class EventsTool {

	/** Exit status when the event is not valid: nothing was sent. */
	public static final int INVALID = 2;

	/** Exit status when the command was wrong or Kafka could not be reached. */
	public static final int FAILED = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PrintStream out;

	private final PrintStream err;

	EventsTool(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(new EventsTool(System.out, System.err).run(args));
	}

	int run(String[] args) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
			usage(this.out);
			return (args.length == 0) ? FAILED : 0;
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				this.err.println("Tham số không hợp lệ (invalid argument): " + args[i]);
				usage(this.err);
				return FAILED;
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return switch (args[0]) {
			case "types" -> types();
			case "validate" -> validate(options).isPresent() ? 0 : INVALID;
			case "publish" -> publish(options);
			default -> {
				this.err.println("Lệnh không có (unknown command): " + args[0]);
				usage(this.err);
				yield FAILED;
			}
		};
	}

	private int types() {
		for (EventType type : EventType.values()) {
			this.out.printf("%-62s topic %-26s key %-9s schema %s%n", type.type(), type.topic().topicName(),
					type.keyField(), type.schema());
		}
		return 0;
	}

	/** The checked event, or empty after saying what is wrong. */
	private Optional<Checked> validate(Map<String, String> options) {
		String typeName = options.get("type");
		String file = options.get("file");
		if (typeName == null || file == null) {
			this.err.println("Cần --type và --file (--type and --file are required)");
			return Optional.empty();
		}
		Optional<EventType> type = EventType.of(typeName);
		if (type.isEmpty()) {
			this.err.println("Loại sự kiện không có trong hợp đồng (unknown event type): " + typeName);
			this.err.println("Xem các loại: events types");
			return Optional.empty();
		}
		byte[] data;
		try {
			data = Files.readAllBytes(Path.of(file));
		}
		catch (IOException ex) {
			this.err.println("Không đọc được tệp (cannot read the file): " + file);
			return Optional.empty();
		}
		List<String> problems = new ArrayList<>(EventSchemas.problems(type.get(), data));
		String key = null;
		if (problems.isEmpty()) {
			try {
				Object payload = EventCodec.fromJson(data, type.get().dataType());
				problems.addAll(ContractRules.problems(type.get(), payload, LocalDate.now(ZoneOffset.UTC)));
				JsonNode tree = JSON.readTree(data);
				key = tree.get(type.get().keyField()).asString();
			}
			catch (JacksonException ex) {
				problems.add(ex.getOriginalMessage());
			}
		}
		if (!problems.isEmpty()) {
			this.err.println("Sự kiện không hợp lệ, không gửi (the event is not valid; nothing was sent):");
			problems.forEach((problem) -> this.err.println("  - " + problem));
			return Optional.empty();
		}
		this.out.println("Hợp lệ (valid): " + type.get().type() + " key " + key);
		return Optional.of(new Checked(type.get(), key, data));
	}

	private int publish(Map<String, String> options) {
		Optional<Checked> checked = validate(options);
		if (checked.isEmpty()) {
			return INVALID;
		}
		EventType type = checked.get().type();
		String hierarchy = options.get("hierarchy");
		if (hierarchy != null && !vn.hoagiai.contracts.units.AdministrativeUnits.VERSIONS.contains(hierarchy)) {
			this.err.println("Phiên bản danh mục đơn vị hành chính không có (unknown hierarchy): " + hierarchy
					+ "; dùng 2025-07-01 cho các xã sau sắp xếp");
			return INVALID;
		}
		ProducerRecord<String, byte[]> record = EventCodec.toRecord(type.topic().topicName(), checked.get().key(),
				new EventCodec.OutgoingEvent(options.getOrDefault("id", UUID.randomUUID().toString()), type,
						URI.create(options.getOrDefault("source", "/district")), Instant.now(), checked.get().data(), null,
						hierarchy));
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.getOrDefault("bootstrap-server", "localhost:9092"));
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			RecordMetadata sent = producer.send(record).get(45, TimeUnit.SECONDS);
			this.out.printf("Đã gửi (published) %s key %s to %s partition %d offset %d%n", type.type(),
					checked.get().key(), sent.topic(), sent.partition(), sent.offset());
			return 0;
		}
		catch (Exception ex) {
			this.err.println("Không gửi được (could not publish): " + ex.getMessage());
			return FAILED;
		}
	}

	private static void usage(PrintStream stream) {
		stream.println("""
				Cách dùng (usage):
				  events types
				  events validate --type <CloudEvents type> --file <data.json>
				  events publish  --type <CloudEvents type> --file <data.json> [--bootstrap-server localhost:9092]
				                  [--source /district/<district code>] [--id <event id>] [--hierarchy 2025-07-01]
				--hierarchy 2025-07-01: the data's unit codes are those of the new communes (after the 2025
				reorganisation); without it, of the three-tier hierarchy of 2025-03-01.
				The data file holds the event's data only (e.g. a CaseState); the tool adds the CloudEvents headers,
				uses the data's id as the key and sends it to the type's topic. It sends nothing that is not valid.""");
	}

	record Checked(EventType type, String key, byte[] data) {
	}

}
