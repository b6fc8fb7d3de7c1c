// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's files as the jar holds them: all present, no way for data to become markup (the scripts never parse
 * HTML), and nothing the Content-Security-Policy would block (no inline script, style or handler).
 */
final class AssetsTest {
    private static final Pattern MARKUP_SINKS =
            Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(");
    private static final Pattern INLINE = Pattern.compile("<script>|<style|\\sstyle=|\\son[a-z]+=");
    private static final Pattern REMOTE = Pattern.compile("(src|href)=\"(https?:)?//");

    private final Assets assets = Assets.load();

    @Test
    void load_everyAssetIsInTheJar() {
        for (String name : Assets.NAMES) {
            assertThat(assets.get(name)).as(name).isPresent();
        }
        assertThat(assets.get("../pom.xml")).isEmpty();
    }

    @Test
    void scripts_neverParseMarkup() {
        for (String name : new String[] {"app.js", "charts.js"}) {
            assertThat(MARKUP_SINKS.matcher(text(name)).find()).as(name).isFalse();
        }
    }

    @Test
    void page_hasNoInlineCodeAndNoRemoteResource() {
        assertThat(INLINE.matcher(text("index.html")).find()).isFalse();
        assertThat(REMOTE.matcher(text("index.html")).find()).isFalse();
    }

    @Test
    void contentTypes_areTextWithCharset() {
        assertThat(assets.get("app.js").orElseThrow().contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(assets.get("index.html").orElseThrow().contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(assets.get("favicon.svg").orElseThrow().contentType()).isEqualTo("image/svg+xml");
    }

    private String text(String name) {
        return new String(assets.get(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }
}
