using System.Collections.Generic;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Security;

namespace OpenApiThreads.Generator.Emit.Security;

/// <summary>The string options a configuration section may set: the user agent, server variables and credentials (token providers cannot come from configuration).</summary>
internal static class ConfigurationBinding
{
    public static IEnumerable<string> StringProperties(ImmutableEquatableArray<SecuritySchemeSpec> schemes, ServerSpec? server)
    {
        yield return "UserAgent";
        if (server is not null)
        {
            foreach (ServerVariableSpec variable in server.Variables)
            {
                yield return variable.PropertyName;
            }
        }

        foreach (SecuritySchemeSpec scheme in schemes)
        {
            if (scheme.Kind == CredentialKind.Basic)
            {
                yield return scheme.PropertyName + "UserName";
                yield return scheme.PropertyName + "Password";
            }
            else
            {
                yield return scheme.PropertyName;
            }
        }
    }
}
