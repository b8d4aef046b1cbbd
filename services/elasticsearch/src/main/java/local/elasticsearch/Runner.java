package local.elasticsearch;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import local.elasticsearch.analysis.CommonAnalysisPlugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs an Elasticsearch cluster of one or more nodes inside this JVM, for development and tests.
 * Node n (from 1) answers HTTP on host:(baseHttpPort + n) and talks to the others on
 * host:(baseTransportPort + n); its files live in basePath/node_n. There is no security (no
 * x-pack): plain HTTP, no users.
 *
 * <pre>
 * java -cp ... local.elasticsearch.Runner [-numOfNode 1] [-baseHttpPort 9200] [-baseTransportPort 9300]
 *      [-basePath var/elasticsearch] [-clusterName local] [-host 127.0.0.1] [-setting key=value]...
 * </pre>
 */
public final class Runner {

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
            StringBuilder causes = new StringBuilder();
            for (Throwable cause = t; cause != null; cause = cause.getCause()) {
                causes.append(causes.length() == 0 ? "" : "; caused by ").append(cause);
            }
            System.err.println("Elasticsearch did not start: " + causes);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int numOfNode = 1;
        int baseHttpPort = 9200;
        int baseTransportPort = 9300;
        Path basePath = Path.of("var", "elasticsearch");
        String clusterName = "local";
        String host = "127.0.0.1";
        Settings.Builder extra = Settings.builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "-numOfNode" -> numOfNode = Integer.parseInt(value);
                case "-baseHttpPort" -> baseHttpPort = Integer.parseInt(value);
                case "-baseTransportPort" -> baseTransportPort = Integer.parseInt(value);
                case "-basePath" -> basePath = Path.of(value);
                case "-clusterName" -> clusterName = value;
                case "-host" -> host = value;
                case "-setting" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1) usage("-setting wants key=value, not " + value);
                    extra.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> usage("unknown option " + option);
            }
        }
        if (numOfNode < 1) usage("-numOfNode must be at least 1");
        basePath = basePath.toAbsolutePath();
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));

        LogConfigurator.registerErrorListener();
        LogConfigurator.configureESLogging();
        LogConfigurator.configureWithoutConfig(Settings.builder().put("logger.level", "INFO").build());

        List<String> seedHosts = new ArrayList<>();
        List<String> masterNodes = new ArrayList<>();
        for (int n = 1; n <= numOfNode; n++) {
            seedHosts.add(host + ":" + (baseTransportPort + n));
            masterNodes.add("node_" + n);
        }

        // cluster.initial_master_nodes only to form a new cluster: once formed, it is ignored, with a warning
        boolean newCluster = Files.exists(basePath.resolve("node_1").resolve("data").resolve("_state")) == false;
        List<Class<? extends Plugin>> plugins = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, RootInfoPlugin.class);
        List<Node> nodes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAll(nodes), "runner-shutdown"));
        for (int n = 1; n <= numOfNode; n++) {
            Path home = basePath.resolve("node_" + n);
            for (String dir : List.of("config", "data", "logs", "modules", "plugins")) {
                Files.createDirectories(home.resolve(dir));
            }
            Settings.Builder settings = Settings.builder()
                .put("cluster.name", clusterName)
                .put("node.name", "node_" + n)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", host)
                .put("http.port", baseHttpPort + n)
                .put("transport.port", baseTransportPort + n)
                // a nearly full disk must not turn the indices read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
            if (numOfNode == 1) {
                settings.put("discovery.type", "single-node");
            } else {
                settings.putList("discovery.seed_hosts", seedHosts);
                if (newCluster) {
                    settings.putList("cluster.initial_master_nodes", masterNodes);
                }
                // start() would wait up to 30 s for a master, which needs the nodes not started yet
                settings.put("discovery.initial_state_timeout", "0s");
            }
            settings.put(extra.build());
            Environment environment = InternalSettingsPreparer.prepareEnvironment(
                settings.build(),
                Map.of(),
                home.resolve("config"),
                () -> "node"
            );
            Node node = new ClasspathNode(environment, plugins);
            synchronized (nodes) {
                nodes.add(node);
            }
            node.start();
            System.out.printf("node_%d started: http://%s:%d%n", n, host, baseHttpPort + n);
        }
        System.out.printf("cluster %s: %d node(s) started%n", clusterName, numOfNode);
        new CountDownLatch(1).await(); // run until the process is stopped
    }

    private static void closeAll(List<Node> nodes) {
        synchronized (nodes) {
            for (Node node : nodes) {
                try {
                    node.prepareForClose();
                    node.close();
                    node.awaitClose(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }
        }
    }

    private static void usage(String message) {
        System.err.println(message);
        System.err.println(
            "usage: Runner [-numOfNode N] [-baseHttpPort P] [-baseTransportPort P] [-basePath DIR] "
                + "[-clusterName NAME] [-host ADDRESS] [-setting key=value]..."
        );
        System.exit(2);
    }
}
