using System;
using System.Threading;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The knobs <see cref="ThreadsEmulator"/> exposes. Tests set them while requests read them on other threads,
/// so every value is read and written whole.
/// </summary>
internal sealed class EmulatorSettings
{
    public const string DefaultReplyText = "Hello! This is the OpenApiThreads emulator answering your message.";
    public const int DefaultStreamDeltaCount = 4;

    /// <summary>OpenAI's limit for one file: 512 MB.</summary>
    public const long DefaultMaxFileBytes = 512L * 1024 * 1024;

    /// <summary>The most a file's size may be, so that the request limit it implies still fits in a long.</summary>
    public const long MaxMaxFileBytes = long.MaxValue / 2;

    private long _streamEventDelayTicks;
    private int _streamDeltaCount = DefaultStreamDeltaCount;
    private string _replyText = DefaultReplyText;
    private long _maxFileBytes = DefaultMaxFileBytes;

    public TimeSpan StreamEventDelay
    {
        get => TimeSpan.FromTicks(Volatile.Read(ref _streamEventDelayTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Volatile.Write(ref _streamEventDelayTicks, value.Ticks);
        }
    }

    public int StreamDeltaCount
    {
        get => Volatile.Read(ref _streamDeltaCount);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref _streamDeltaCount, value);
        }
    }

    public string ReplyText
    {
        get => Volatile.Read(ref _replyText);
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            Volatile.Write(ref _replyText, value);
        }
    }

    public long MaxFileBytes
    {
        get => Volatile.Read(ref _maxFileBytes);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxMaxFileBytes);
            Volatile.Write(ref _maxFileBytes, value);
        }
    }
}
