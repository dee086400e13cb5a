package vn.hoagiai.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a service, for the network faults of RELIABILITY.md: it passes bytes through,
 * delays every chunk in both directions, or lets a request through and resets the connection instead
 * of passing the answer back (the request was carried out, the caller never hears). It counts the
 * requests it let through.
 */
final class FaultyProxy implements AutoCloseable {

	enum Mode {

		PASS, DELAY, RESET_ANSWERS

	}

	private final ServerSocket server;

	private final int upstreamPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicInteger requests = new AtomicInteger();

	private final List<String> requestLines = new CopyOnWriteArrayList<>();

	private volatile Mode mode = Mode.PASS;

	private volatile long delayMillis;

	private FaultyProxy(int upstreamPort) throws IOException {
		this.upstreamPort = upstreamPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "faulty-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	static FaultyProxy to(int upstreamPort) throws IOException {
		return new FaultyProxy(upstreamPort);
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** HTTP requests let through (counted by their request line). */
	int requests() {
		return this.requests.get();
	}

	/** The request lines let through, for a message when a count is not the one expected. */
	List<String> requestLines() {
		return List.copyOf(this.requestLines);
	}

	void pass() {
		this.mode = Mode.PASS;
	}

	void delay(long millis) {
		this.delayMillis = millis;
		this.mode = Mode.DELAY;
	}

	void resetAnswers() {
		this.mode = Mode.RESET_ANSWERS;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort);
				this.sockets.add(client);
				this.sockets.add(upstream);
				pump(client, upstream, true);
				pump(upstream, client, false);
			}
			catch (IOException ex) {
				// closed, or the upstream refused: the client's connection ends
			}
		}
	}

	private void pump(Socket from, Socket to, boolean request) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (this.mode == Mode.DELAY) {
						Thread.sleep(this.delayMillis);
					}
					if (request) {
						String start = new String(buffer, 0, Math.min(read, 200), StandardCharsets.US_ASCII);
						if (start.startsWith("GET /") || start.startsWith("POST /") || start.startsWith("PUT /")) {
							this.requests.incrementAndGet();
							this.requestLines.add(System.currentTimeMillis() % 100_000 + " " + start.lines().findFirst().orElse("")
									+ " " + start.lines().filter((line) -> line.startsWith("Idempotency-Key")).findFirst().orElse(""));
						}
					}
					else if (this.mode == Mode.RESET_ANSWERS) {
						reset(to);
						from.close();
						return;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// the other side went away
			}
			finally {
				quietly(to);
				quietly(from);
			}
		}, "faulty-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	/** Closes with an RST instead of a FIN: the peer sees "connection reset". */
	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

	private static void quietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.sockets.forEach(FaultyProxy::quietly);
	}

}
