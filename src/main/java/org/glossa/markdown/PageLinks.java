package org.glossa.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URI;
import org.glossa.sanitize.UrlPolicy;

/**
 * Resolves the relative links and images of an article body ({@code fig.png}, {@code ../other/})
 * against the address of the article's own page, as the reader's browser would on that page. The
 * same body also appears on the side-by-side and interleaved pages one folder further down, where
 * the written address would lead elsewhere. Absolute addresses, root-relative ones, fragments
 * ({@code #p12}) and other schemes are left as written; a scheme is recognised as a browser reads it
 * ({@link UrlPolicy#scheme}: {@code java&#9;script:} has one), so that the sanitiser still sees, and
 * removes, a URL it refuses instead of a harmless-looking path made of it.
 */
final class PageLinks {
  private PageLinks() {}

  /** {@code url} as seen from {@code pageHref} (a root-relative folder address ending in '/'). */
  static String resolve(String pageHref, String url) {
    if (pageHref.isEmpty() || url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?")
        || UrlPolicy.scheme(url).isPresent()) {
      return url;
    }
    try {
      return URI.create(pageHref).resolve(URI.create(url)).toString();
    } catch (IllegalArgumentException e) {
      return pageHref + url;
    }
  }

  static final class Factory extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      DocumentContext document = DocumentContext.KEY.get(context.getDocument());
      String pageHref = document == null ? "" : document.pageHref();
      return (Node node, LinkResolverBasicContext c, ResolvedLink link) ->
          link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE
              ? link.withUrl(resolve(pageHref, link.getUrl())) : link;
    }
  }
}
