using System.Text;
using Dossier.Templating.Minifying;

namespace Dossier.Tests.Templating.Minifying;

/// <summary>Which assets are minified: stylesheets and scripts, not files already minified, other kinds or other encodings.</summary>
public sealed class AssetMinifierTests
{
    [Theory]
    [InlineData("site.css", "a { b: c } /* x */", "a{b:c}")]
    [InlineData("js/app.JS", "  var a; // x\n", "var a;")]
    [InlineData("module.mjs", "  export {}; // x\n", "export{};")]
    [InlineData("vendor.min.js", "  var a; // kept as shipped\n", "  var a; // kept as shipped\n")]
    [InlineData("vendor.min.css", "a { b: c } /* kept */", "a { b: c } /* kept */")]
    [InlineData("icons.svg", "<svg>  <!-- x --> </svg>", "<svg>  <!-- x --> </svg>")]
    [InlineData("broken.js", "var s = \"never closed\n", "var s = \"never closed\n")]
    public void Stylesheets_and_scripts_are_minified_and_everything_else_is_copied(string path, string content, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(AssetMinifier.Minify(path, Encoding.UTF8.GetBytes(content))));
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_copied_byte_for_byte()
    {
        var latin1 = new byte[] { (byte)'a', (byte)'{', 0xE9, (byte)'}', (byte)' ', (byte)' ' };

        Assert.Equal(latin1, AssetMinifier.Minify("old.css", latin1));
    }
}
