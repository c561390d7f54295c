package org.glossa.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Pages workflow never runs on the machine where the tests run, so this test is what keeps it
 * right: its triggers, permissions, concurrency and actions, and its commands, which must be the
 * README's (parsed from its quick start) and CI's ({@code .ci/run}).
 */
class PagesWorkflowTest {
  static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");
  static final String STAGING = "_site";
  static final String BASE_URL_OPTION = "--base-url \"${{ steps.pages.outputs.base_url }}/\"";

  /** The current major version of each action (look them up when bumping; Node 24 releases). */
  static final List<String> BUILD_ACTIONS = List.of("actions/checkout@v7", "actions/setup-java@v6", "actions/configure-pages@v6",
      "actions/upload-pages-artifact@v5");
  static final String DEPLOY_ACTION = "actions/deploy-pages@v5";

  private final Map<Object, Object> workflow = load();

  @SuppressWarnings("unchecked")
  private static Map<Object, Object> load() {
    try {
      return (Map<Object, Object>) new Yaml().load(Files.readString(WORKFLOW, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void runsOnPushToMainAndByHand() {
    // YAML 1.1 reads the key on as the boolean true.
    Map<?, ?> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE));
    assertEquals(List.of("main"), map(on.get("push")).get("branches"));
    assertTrue(on.containsKey("workflow_dispatch"), "by hand, from the Actions tab");
  }

  @Test
  void hasExactlyThePermissionsPagesNeedsAndOneDeploymentAtATime() {
    assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), workflow.get("permissions"));
    Map<?, ?> concurrency = map(workflow.get("concurrency"));
    assertEquals("pages", concurrency.get("group"));
    assertEquals(false, concurrency.get("cancel-in-progress"), "a running deployment is never cancelled");
  }

  @Test
  void buildsWithTheCurrentActionsInOrderAndDeploysToTheGithubPagesEnvironment() {
    List<Map<?, ?>> steps = steps("build");
    List<String> uses = steps.stream().map(s -> (String) s.get("uses")).filter(Objects::nonNull).toList();
    assertEquals(BUILD_ACTIONS, uses);
    Map<?, ?> java = map(step(steps, "actions/setup-java").get("with"));
    assertEquals("17", String.valueOf(java.get("java-version")));
    assertEquals("maven", java.get("cache"));
    assertEquals("pages", step(steps, "actions/configure-pages").get("id"), "the build reads steps.pages.outputs.base_url");
    assertEquals(STAGING, map(step(steps, "actions/upload-pages-artifact").get("with")).get("path"));
    String container = String.valueOf(map(map(workflow.get("jobs")).get("build")).get("container"));
    assertTrue(container.startsWith("debian:"), "Debian's apt has the real chromium and chromium-driver: " + container);

    Map<?, ?> deploy = map(map(workflow.get("jobs")).get("deploy"));
    assertEquals("build", deploy.get("needs"));
    assertEquals("github-pages", map(deploy.get("environment")).get("name"));
    assertEquals(List.of(DEPLOY_ACTION), steps("deploy").stream().map(s -> s.get("uses")).toList());
  }

  @Test
  void testsWithCiWhichRunsTheReadmesTestCommandAndInstallsChromium() throws IOException {
    List<String> runs = runs();
    assertTrue(runs.indexOf("bash .ci/run") == 0, "the first command is CI's: " + runs);
    List<String> ci = Files.readAllLines(Path.of(".ci/run"), StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertEquals(Readme.quickStart().get(1), ci.get(ci.size() - 1), ".ci/run ends with the README's test command");
    assertTrue(ci.stream().anyMatch(l -> l.contains("apt-get install") && l.contains(" chromium ") && l.contains(" chromium-driver ")),
        "CI installs Chromium, so that browser tests never skip there");
  }

  @Test
  void buildsTheEditionWithTheReadmesCommandForThePagesAddressAndTheManualBesideIt() throws IOException {
    List<String> runs = runs();
    String build = Readme.quickStart().get(0) + " " + BASE_URL_OPTION + " --out " + STAGING;
    assertEquals(build, runs.get(1));
    assertEquals("mvn -B site", runs.get(2));
    assertTrue(Readme.text().contains("`" + runs.get(2) + "`"), "the README names the manual's command");
    assertEquals("cp -R target/site " + STAGING + "/manual", runs.get(3));
    assertEquals(4, runs.size(), runs.toString());
    String config = Files.readString(Path.of("content/config.yaml"), StandardCharsets.UTF_8);
    assertEquals("manual/", map(new Yaml().load(config)).get("manualUrl"), "the footer links to where the manual is deployed");
  }

  private List<String> runs() {
    return steps("build").stream().map(s -> (String) s.get("run")).filter(Objects::nonNull).map(String::strip).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<?, ?>> steps(String job) {
    return (List<Map<?, ?>>) map(map(workflow.get("jobs")).get(job)).get("steps");
  }

  private static Map<?, ?> step(List<Map<?, ?>> steps, String action) {
    return steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@")).findFirst().orElseThrow();
  }

  private static Map<?, ?> map(Object o) {
    assertTrue(o instanceof Map, "expected a mapping: " + o);
    return (Map<?, ?>) o;
  }

  /** The README's quick start: its commands, comments removed, in order. */
  static final class Readme {
    private static final Pattern QUICK_START = Pattern.compile("## Quick start\\n.*?```sh\\n(.*?)```", Pattern.DOTALL);

    static String text() throws IOException {
      return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    static List<String> quickStart() throws IOException {
      Matcher m = QUICK_START.matcher(text());
      assertTrue(m.find(), "README.md has a quick start with a sh block");
      List<String> commands = new ArrayList<>();
      for (String line : m.group(1).split("\n")) {
        String command = line.replaceAll("\\s+#.*$", "").strip();
        if (!command.isEmpty()) {
          commands.add(command);
        }
      }
      assertEquals(2, commands.size(), "the build and the test command: " + commands);
      return commands;
    }
  }
}
