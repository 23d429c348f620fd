using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Supervision.Tests.Architecture;

/// <summary>What compiled code calls: for architecture tests that must see past constructors into method bodies.</summary>
public static class MethodBodies
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>Every method and constructor written in a type, with those of the state machines and closures the compiler nests in it.</summary>
    public static IEnumerable<MethodBase> Of(Type type) =>
        type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared))
            .Concat(type.GetNestedTypes(BindingFlags.NonPublic).Where(IsCompilerNested).SelectMany(Of));

    /// <summary>State machines and closures count as the type they are written in.</summary>
    public static bool IsCompilerNested(Type type) => type.IsNested && type.IsDefined(typeof(CompilerGeneratedAttribute));

    /// <summary>The methods a body calls, constructs with or takes the address of (call, callvirt, newobj, ldftn, ldvirtftn).</summary>
    public static IEnumerable<MethodBase> Called(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            yield break;
        }
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        // Walk the instructions (operand sizes from the opcode table), so no operand byte is ever read as an opcode.
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? TwoByte[il[i + 1]] : OneByte[il[i]];
            i += code.Size;
            if (code.OperandType == OperandType.InlineMethod)
            {
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException)
                {
                }
                if (called is not null) yield return called;
            }
            i += OperandSize(code.OperandType, il, i);
        }
    }

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static MethodBodies()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode op) continue;
            if (op.Size == 1) OneByte[op.Value & 0xFF] = op;
            else TwoByte[op.Value & 0xFF] = op;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
