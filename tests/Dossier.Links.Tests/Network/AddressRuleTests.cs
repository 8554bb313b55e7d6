using System.Net;
using Dossier.Links.Network;

namespace Dossier.Links.Tests.Network;

/// <summary>The address rule on its own: pure decisions, no connection opened.</summary>
public sealed class AddressRuleTests
{
    private static readonly AddressRule Default = new(HostAllowList.Empty);

    [Theory]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.5.4", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd00::1", "unique-local")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("64:ff9b::10.0.0.1", "private")]
    [InlineData("2002:c0a8:0101::1", "private")]
    [InlineData("224.0.0.1", "reserved")]
    public void Non_public_addresses_are_refused_by_default(string address, string kind)
    {
        var refusal = Default.Refusal(address, IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(kind, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::6810:85e5")]
    [InlineData("::ffff:93.184.216.34")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.Null(Default.Refusal(address, IPAddress.Parse(address)));
    }

    [Fact]
    public void Loopback_is_allowed_only_when_that_exact_address_is_listed()
    {
        var rule = new AddressRule(new HostAllowList(["127.0.0.1"]));

        Assert.Null(rule.Refusal("127.0.0.1", IPAddress.Parse("127.0.0.1")));
        Assert.Null(rule.Refusal("127.0.0.1", IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.NotNull(rule.Refusal("127.0.0.2", IPAddress.Parse("127.0.0.2")));
        Assert.NotNull(rule.Refusal("::1", IPAddress.IPv6Loopback));
        Assert.NotNull(rule.Refusal("10.0.0.1", IPAddress.Parse("10.0.0.1")));
    }

    [Fact]
    public void A_listed_name_allows_its_private_address_but_not_its_subdomains()
    {
        var rule = new AddressRule(new HostAllowList(["intranet.example"]));

        Assert.Null(rule.Refusal("intranet.example", IPAddress.Parse("10.1.2.3")));
        Assert.Null(rule.Refusal("INTRANET.example.", IPAddress.Parse("10.1.2.3")));
        Assert.NotNull(rule.Refusal("evil.intranet.example", IPAddress.Parse("10.1.2.3")));
        Assert.NotNull(rule.Refusal("other.example", IPAddress.Parse("10.1.2.3")));
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("[fe80::1]")]
    [InlineData("metadata.google.internal")]
    public void Link_local_can_never_be_allowed(string entry)
    {
        var rule = new AddressRule(new HostAllowList([entry, "169.254.169.254"]));

        Assert.Contains("can never be allowed", rule.Refusal("metadata.google.internal", IPAddress.Parse("169.254.169.254")), StringComparison.Ordinal);
        Assert.Contains("can never be allowed", rule.Refusal("fe80::1", IPAddress.Parse("fe80::1")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracketed_ipv6_entry_is_understood()
    {
        var rule = new AddressRule(new HostAllowList(["[fd00::1]"]));

        Assert.Null(rule.Refusal("[fd00::1]", IPAddress.Parse("fd00::1")));
    }
}
