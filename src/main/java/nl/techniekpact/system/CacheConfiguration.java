package nl.techniekpact.system;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published pact read models (edition trees, actions, partners, regions) are cached in memory: they change
 * only when pact data is loaded or an update is approved, and those writes evict the cache after their commit
 * (transaction-aware), so a reader never sees a state that was rolled back or is older than a committed write.
 */
// Bean methods proxied: the caching infrastructure calls cacheManager() on this configurer, and that call must
// return the one CacheManager bean that CacheSignals and the loaders empty (without the proxy it made a second one,
// which nothing emptied: another instance's changes never reached the read caches).
@Configuration
@EnableCaching
class CacheConfiguration implements CachingConfigurer {

    public static final String PACT = "pact";

    @Bean
    @Override
    public CacheManager cacheManager() {
        return new TransactionAwareCacheManagerProxy(new ConcurrentMapCacheManager(PACT));
    }

    /** Keys name the class and method as well as the arguments: many methods share the one cache. */
    @Bean
    @Override
    public KeyGenerator keyGenerator() {
        return (target, method, params) -> new SimpleKey(target.getClass().getName(), method.getName(),
                new SimpleKey(params));
    }
}
