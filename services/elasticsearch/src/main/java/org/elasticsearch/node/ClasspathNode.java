package org.elasticsearch.node;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A node whose plugins are classes on the class path (see {@link ClasspathPluginsService}); it
 * lives in this package for {@link NodeConstruction}, which is package-private.
 */
public class ClasspathNode extends Node {

    /** The node and cluster id that log lines carry are set once per JVM: by the first node. */
    private static final AtomicBoolean logIdsClaimed = new AtomicBoolean();

    public ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, Settings settings) {
                return new ClasspathPluginsService(settings, env, plugins);
            }
        }, true));
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        if (logIdsClaimed.compareAndSet(false, true)) {
            super.configureNodeAndClusterIdStateListener(clusterService);
        }
    }
}
