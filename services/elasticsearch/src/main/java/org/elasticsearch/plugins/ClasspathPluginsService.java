package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.jdk.ModuleQualifiedExportsService;
import org.elasticsearch.plugins.spi.SPIClassIterator;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads plugins from classes on the JVM's class path instead of from the distribution's
 * modules/ and plugins/ folders, so that one JVM started from Maven's class path runs a node
 * with the modules it needs. Lives in this package for the package-private parts of
 * {@link PluginsService} it builds on.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Settings settings, Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configFile(), null, null);
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configFile());
            PluginDescriptor descriptor = new PluginDescriptor(
                pluginClass.getSimpleName(),
                "class path plugin " + pluginClass.getName(),
                Build.current().version(),
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false
            );
            loaded.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader(), ModuleLayer.boot()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(List.of(), classpathPlugins.stream().map(LoadedPlugin::descriptor).toList());
    }

    /**
     * Every plugin here shares one class loader, so the SPI files on the class path would be found
     * once per plugin: keep one instance of each provider class, and give a provider whose
     * constructor takes a plugin only to that plugin.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> result = new LinkedHashMap<>();
        for (LoadedPlugin loadedPlugin : classpathPlugins) {
            Plugin plugin = loadedPlugin.instance();
            Iterator<Class<? extends T>> classes = SPIClassIterator.get(service, plugin.getClass().getClassLoader());
            while (classes.hasNext()) {
                Class<? extends T> providerClass = classes.next();
                if (result.containsKey(providerClass) || takesAnotherPlugin(providerClass, plugin)) {
                    continue;
                }
                result.put(providerClass, createExtension(providerClass, service, plugin));
            }
        }
        return List.copyOf(result.values());
    }

    private static boolean takesAnotherPlugin(Class<?> providerClass, Plugin plugin) {
        for (Constructor<?> constructor : providerClass.getConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] != plugin.getClass()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void addServerExportsService(Map<String, List<ModuleQualifiedExportsService>> qualifiedExports) {
        // the server runs from the class path, not as a module: nothing to export
    }
}
